//! `MachineaccountsubtypeconfigdtoMachineAccountCreate`, from `apis/machine-account-subtypes/schemas/machineaccountsubtypeconfigdto.yaml#/properties/machineAccountCreate`.

use crate::models::{
    MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting,
    Machinesubtypeapprovalconfig,
};

/// Configuration options for machine account creation, including whether creation is enabled, if approval is required, associated form and entitlement IDs, and detailed approval settings such as approvers and allowed comment types.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineaccountsubtypeconfigdtoMachineAccountCreate {
    /// Specifies if the creation of machine accounts is allowed for this subtype.
    #[serde(rename = "accountCreateEnabled", skip_serializing_if = "Option::is_none")]
    pub account_create_enabled: Option<bool>,
    /// Specifies if approval is required for machine account creation requests for this subtype.
    #[serde(rename = "approvalRequired", skip_serializing_if = "Option::is_none")]
    pub approval_required: Option<bool>,
    /// Id of the form linked to subtype.
    #[serde(rename = "formId", skip_serializing_if = "Option::is_none")]
    pub form_id: Option<String>,
    /// Id of the system created entitlement entitlement upon enabling account creation for this subtype.
    #[serde(rename = "entitlementId", skip_serializing_if = "Option::is_none")]
    pub entitlement_id: Option<String>,
    /// This is required before enabling the account creation to true. Default value will be null.
    #[serde(rename = "passwordSetting", skip_serializing_if = "Option::is_none")]
    pub password_setting: Option<
        MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting,
    >,
    /// Name of the account attribute from the source's schema or new custom attribute to use when password settings is enabled.
    #[serde(rename = "passwordAttribute", skip_serializing_if = "Option::is_none")]
    pub password_attribute: Option<String>,
    #[serde(rename = "approvalConfig", skip_serializing_if = "Option::is_none")]
    pub approval_config: Option<Machinesubtypeapprovalconfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MachineaccountsubtypeconfigdtoMachineAccountCreate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for MachineaccountsubtypeconfigdtoMachineAccountCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MachineaccountsubtypeconfigdtoMachineAccountCreate {
    const NAME: &'static str = "MachineaccountsubtypeconfigdtoMachineAccountCreate";

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
            "accountCreateEnabled" => {
                self.account_create_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "approvalRequired" => {
                self.approval_required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "formId" => self.form_id = map.next_value_seed(crate::lenient::TextOption)?,
            "entitlementId" => {
                self.entitlement_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "passwordSetting" => self.password_setting = map.next_value()?,
            "passwordAttribute" => {
                self.password_attribute = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "approvalConfig" => self.approval_config = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
