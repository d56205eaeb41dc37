//! `SourcesApprovalconfigFallbackApprover`, from `apis/sources/schemas/approvalconfig.yaml#/properties/fallbackApprover`.

use crate::models::SourcesApprovalconfigFallbackApproverType;

/// Configuration for fallback approver. Used if the user cannot be found for whatever reason and escalation config does not exist.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourcesApprovalconfigFallbackApprover {
    /// Optional Identity ID of the type of identity defined in the 'type' field.
    #[serde(rename = "identityID", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Type of identityID for the fallback approver.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SourcesApprovalconfigFallbackApproverType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourcesApprovalconfigFallbackApprover {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SourcesApprovalconfigFallbackApprover {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourcesApprovalconfigFallbackApprover {
    const NAME: &'static str = "SourcesApprovalconfigFallbackApprover";

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
            "identityID" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
