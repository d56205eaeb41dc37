//! `Objectmappingrequest`, from `apis/configuration-hub/schemas/objectmappingrequest.yaml`.

use crate::models::ObjectmappingrequestObjectType;

/// `Objectmappingrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Objectmappingrequest {
    /// Type of the object the mapping value applies to, must be one from enum
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "objectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<ObjectmappingrequestObjectType>,
    /// JSONPath expression denoting the path within the object where the mapping value should be applied
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "jsonPath")]
    pub json_path: String,
    /// Original value at the jsonPath location within the object
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceValue")]
    pub source_value: String,
    /// Value to be assigned at the jsonPath location within the object
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "targetValue")]
    pub target_value: String,
    /// Whether or not this object mapping is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Objectmappingrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        object_type: ObjectmappingrequestObjectType,
        json_path: impl Into<String>,
        source_value: impl Into<String>,
        target_value: impl Into<String>,
    ) -> Self {
        Objectmappingrequest {
            object_type: Some(object_type),
            json_path: json_path.into(),
            source_value: source_value.into(),
            target_value: target_value.into(),
            enabled: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Objectmappingrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Objectmappingrequest {
    const NAME: &'static str = "Objectmappingrequest";

    #[inline]
    fn empty() -> Self {
        Objectmappingrequest {
            object_type: None,
            json_path: Default::default(),
            source_value: Default::default(),
            target_value: Default::default(),
            enabled: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "objectType" => self.object_type = map.next_value()?,
            "jsonPath" => self.json_path = map.next_value_seed(crate::lenient::Text)?,
            "sourceValue" => {
                self.source_value = map.next_value_seed(crate::lenient::Text)?;
            }
            "targetValue" => {
                self.target_value = map.next_value_seed(crate::lenient::Text)?;
            }
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
