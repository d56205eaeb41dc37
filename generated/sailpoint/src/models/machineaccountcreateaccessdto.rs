//! `Machineaccountcreateaccessdto`, from `apis/machine-account-creation-request/schemas/machineaccountcreateaccessdto.yaml`.

use crate::models::MachineaccountcreateaccessdtoSubtypesInner;

/// A summary endpoint which returns list of sources and subtypes for which user has an entitlement to request machine accounts.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineaccountcreateaccessdto {
    /// Source ID.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Source name.
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// List of subtypes for which the user has an entitlement to request machine accounts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtypes: Option<Vec<MachineaccountcreateaccessdtoSubtypesInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineaccountcreateaccessdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Machineaccountcreateaccessdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineaccountcreateaccessdto {
    const NAME: &'static str = "Machineaccountcreateaccessdto";

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
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "subtypes" => self.subtypes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
