//! `SourcesApprovalconfigSerialChainInner`, from `apis/sources/schemas/approvalconfig.yaml#/properties/serialChain/items`.

use crate::models::SourcesApprovalconfigSerialChainInnerIdentityType;

/// `SourcesApprovalconfigSerialChainInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourcesApprovalconfigSerialChainInner {
    /// Optional Identity ID of the type of identity defined in the 'identityType' field.
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Type of identityId in the serial chain.
    #[serde(rename = "identityType", skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<SourcesApprovalconfigSerialChainInnerIdentityType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourcesApprovalconfigSerialChainInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SourcesApprovalconfigSerialChainInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourcesApprovalconfigSerialChainInner {
    const NAME: &'static str = "SourcesApprovalconfigSerialChainInner";

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
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityType" => self.identity_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
