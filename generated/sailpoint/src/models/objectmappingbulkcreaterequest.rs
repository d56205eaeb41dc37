//! `Objectmappingbulkcreaterequest`, from `apis/configuration-hub/schemas/objectmappingbulkcreaterequest.yaml`.

use crate::models::Objectmappingrequest;

/// `Objectmappingbulkcreaterequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Objectmappingbulkcreaterequest {
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "newObjectsMappings")]
    pub new_objects_mappings: Vec<Objectmappingrequest>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Objectmappingbulkcreaterequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(new_objects_mappings: Vec<Objectmappingrequest>) -> Self {
        Objectmappingbulkcreaterequest {
            new_objects_mappings,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Objectmappingbulkcreaterequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Objectmappingbulkcreaterequest {
    const NAME: &'static str = "Objectmappingbulkcreaterequest";

    #[inline]
    fn empty() -> Self {
        Objectmappingbulkcreaterequest {
            new_objects_mappings: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "newObjectsMappings" => {
                self.new_objects_mappings = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
