//! `MachineaccountsubtypeconfigdtoMachineAccountDelete`, from `apis/machine-account-subtypes/schemas/machineaccountsubtypeconfigdto.yaml#/properties/machineAccountDelete`.

use crate::models::Machinesubtypeapprovalconfig;

/// Configuration options for machine account deletion, including whether approval is required, the list of authorized approvers, and the types of comments permitted during the approval workflow.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineaccountsubtypeconfigdtoMachineAccountDelete {
    /// Indicates whether approval is required for an account deletion request.
    #[serde(rename = "approvalRequired", skip_serializing_if = "Option::is_none")]
    pub approval_required: Option<bool>,
    #[serde(rename = "approvalConfig", skip_serializing_if = "Option::is_none")]
    pub approval_config: Option<Machinesubtypeapprovalconfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MachineaccountsubtypeconfigdtoMachineAccountDelete {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for MachineaccountsubtypeconfigdtoMachineAccountDelete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MachineaccountsubtypeconfigdtoMachineAccountDelete {
    const NAME: &'static str = "MachineaccountsubtypeconfigdtoMachineAccountDelete";

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
            "approvalRequired" => {
                self.approval_required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "approvalConfig" => self.approval_config = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
