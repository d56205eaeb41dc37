//! `DeleteSourceV1202Response`, from `apis/sources/paths/sources-v1-by-id.yaml#/delete/responses/202/content/application~1json/schema`.

use crate::models::DeleteSourceV1202ResponseType;

/// `DeleteSourceV1202Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeleteSourceV1202Response {
    /// Type of object being referenced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DeleteSourceV1202ResponseType>,
    /// Task result ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Task result's human-readable display name (this should be null/empty).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DeleteSourceV1202Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for DeleteSourceV1202Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for DeleteSourceV1202Response {
    const NAME: &'static str = "DeleteSourceV1202Response";

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
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
