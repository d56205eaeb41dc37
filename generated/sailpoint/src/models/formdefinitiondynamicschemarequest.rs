//! `Formdefinitiondynamicschemarequest`, from `apis/custom-forms/schemas/formdefinitiondynamicschemarequest.yaml`.

use crate::models::FormdefinitiondynamicschemarequestAttributes;

/// `Formdefinitiondynamicschemarequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formdefinitiondynamicschemarequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<FormdefinitiondynamicschemarequestAttributes>,
    /// Description is the form definition dynamic schema description text
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ID is a unique identifier
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type is the form definition dynamic schema type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// VersionNumber is the form definition dynamic schema version number
    #[serde(rename = "versionNumber", skip_serializing_if = "Option::is_none")]
    pub version_number: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formdefinitiondynamicschemarequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formdefinitiondynamicschemarequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formdefinitiondynamicschemarequest {
    const NAME: &'static str = "Formdefinitiondynamicschemarequest";

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
            "attributes" => self.attributes = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "versionNumber" => self.version_number = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
