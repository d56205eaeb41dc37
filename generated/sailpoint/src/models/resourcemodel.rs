//! `Resourcemodel`, from `apis/data-access-security/schemas/resourcemodel.yaml`.

use crate::models::Businessservicetype;

/// `Resourcemodel` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Resourcemodel {
    /// The unique identifier for the resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The display name or label for the resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The full path to the resource within the system or application.
    #[serde(rename = "fullPath", skip_serializing_if = "Option::is_none")]
    pub full_path: Option<String>,
    /// The unique identifier of the application to which this resource belongs.
    #[serde(rename = "applicationId", skip_serializing_if = "Option::is_none")]
    pub application_id: Option<i64>,
    /// The type of business service or resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Businessservicetype>,
    /// A list of UUIDs representing the owners of the resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Resourcemodel {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Resourcemodel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Resourcemodel {
    const NAME: &'static str = "Resourcemodel";

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
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "fullPath" => {
                self.full_path = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "applicationId" => self.application_id = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "owners" => self.owners = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
