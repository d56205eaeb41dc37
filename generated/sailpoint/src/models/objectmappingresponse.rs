//! `Objectmappingresponse`, from `apis/configuration-hub/schemas/objectmappingresponse.yaml`.

use crate::models::ObjectmappingresponseObjectType;

/// `Objectmappingresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Objectmappingresponse {
    /// Id of the object mapping
    #[serde(rename = "objectMappingId", skip_serializing_if = "Option::is_none")]
    pub object_mapping_id: Option<String>,
    /// Type of the object the mapping value applies to
    #[serde(rename = "objectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<ObjectmappingresponseObjectType>,
    /// JSONPath expression denoting the path within the object where the mapping value should be applied
    #[serde(rename = "jsonPath", skip_serializing_if = "Option::is_none")]
    pub json_path: Option<String>,
    /// Original value at the jsonPath location within the object
    #[serde(rename = "sourceValue", skip_serializing_if = "Option::is_none")]
    pub source_value: Option<String>,
    /// Value to be assigned at the jsonPath location within the object
    #[serde(rename = "targetValue", skip_serializing_if = "Option::is_none")]
    pub target_value: Option<String>,
    /// Whether or not this object mapping is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Object mapping creation timestamp
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// Object mapping latest update timestamp
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Objectmappingresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Objectmappingresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Objectmappingresponse {
    const NAME: &'static str = "Objectmappingresponse";

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
            "objectMappingId" => {
                self.object_mapping_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "objectType" => self.object_type = map.next_value()?,
            "jsonPath" => {
                self.json_path = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceValue" => {
                self.source_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "targetValue" => {
                self.target_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "created" => self.created = map.next_value_seed(crate::lenient::TextOption)?,
            "modified" => {
                self.modified = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
