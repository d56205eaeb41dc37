//! `Objectmappingbulkpatchrequest`, from `apis/configuration-hub/schemas/objectmappingbulkpatchrequest.yaml`.

use crate::models::Jsonpatchoperation;

/// `Objectmappingbulkpatchrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Objectmappingbulkpatchrequest {
    /// Map of id of the object mapping to a JsonPatchOperation describing what to patch on that object mapping.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub patches: std::collections::BTreeMap<String, Vec<Jsonpatchoperation>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Objectmappingbulkpatchrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        patches: std::collections::BTreeMap<String, Vec<Jsonpatchoperation>>,
    ) -> Self {
        Objectmappingbulkpatchrequest {
            patches,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Objectmappingbulkpatchrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Objectmappingbulkpatchrequest {
    const NAME: &'static str = "Objectmappingbulkpatchrequest";

    #[inline]
    fn empty() -> Self {
        Objectmappingbulkpatchrequest {
            patches: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "patches" => {
                self.patches = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
