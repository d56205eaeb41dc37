//! `Resourceobjectsresponse`, from `apis/sources/schemas/resourceobjectsresponse.yaml`.

use crate::models::Resourceobject;

/// Response model for peek resource objects from source connectors.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Resourceobjectsresponse {
    /// ID of the source
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the source
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The number of objects that were fetched by the connector.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "objectCount", skip_serializing_if = "Option::is_none")]
    pub object_count: Option<i64>,
    /// The number of milliseconds spent on the entire request.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "elapsedMillis", skip_serializing_if = "Option::is_none")]
    pub elapsed_millis: Option<i64>,
    /// Fetched objects from the source connector.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "resourceObjects", skip_serializing_if = "Option::is_none")]
    pub resource_objects: Option<Vec<Resourceobject>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Resourceobjectsresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Resourceobjectsresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Resourceobjectsresponse {
    const NAME: &'static str = "Resourceobjectsresponse";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "objectCount" => self.object_count = map.next_value()?,
            "elapsedMillis" => self.elapsed_millis = map.next_value()?,
            "resourceObjects" => self.resource_objects = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
