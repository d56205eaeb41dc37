//! `Accessrequestconfig`, from `apis/access-requests/schemas/accessrequestconfig.yaml`.

use crate::models::{
    Approvalreminderandescalationconfig, Entitlementrequestconfig,
    Requestonbehalfofconfig,
};

/// `Accessrequestconfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestconfig {
    /// If this is true, approvals must be processed by an external system. Also, if this is true, it blocks Request Center access requests and returns an error for any user who isn't an org admin.
    #[serde(rename = "approvalsMustBeExternal", skip_serializing_if = "Option::is_none")]
    pub approvals_must_be_external: Option<bool>,
    /// If this is true and the requester and reviewer are the same, the request is automatically approved.
    ///
    /// This field has been moved to the approval configurations. Please use the [Put approval config](https://developer.sailpoint.com/docs/api/put-approvals-config-v-1/) endpoint instead.
    #[serde(rename = "autoApprovalEnabled", skip_serializing_if = "Option::is_none")]
    pub auto_approval_enabled: Option<bool>,
    /// If this is true, reauthorization will be enforced for appropriately configured access items. Enablement of this feature is currently in a limited state.
    #[serde(rename = "reauthorizationEnabled", skip_serializing_if = "Option::is_none")]
    pub reauthorization_enabled: Option<bool>,
    /// Request On Behalf Of configuration.
    #[serde(rename = "requestOnBehalfOfConfig", skip_serializing_if = "Option::is_none")]
    pub request_on_behalf_of_config: Option<Requestonbehalfofconfig>,
    /// Approval reminder and escalation configuration. Modifying this object will override the generic-approvals service's reminderConfig and escalationConfig settings.
    ///
    /// This field has been moved to the approval configurations. Please use the [Put approval config](https://developer.sailpoint.com/docs/api/put-approvals-config-v-1/) endpoint instead.
    #[serde(
        rename = "approvalReminderAndEscalationConfig",
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_reminder_and_escalation_config: Option<
        Approvalreminderandescalationconfig,
    >,
    /// Entitlement request configuration.
    #[serde(
        rename = "entitlementRequestConfig",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_request_config: Option<Entitlementrequestconfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestconfig {
    const NAME: &'static str = "Accessrequestconfig";

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
            "approvalsMustBeExternal" => {
                self.approvals_must_be_external = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "autoApprovalEnabled" => {
                self.auto_approval_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "reauthorizationEnabled" => {
                self.reauthorization_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "requestOnBehalfOfConfig" => {
                self.request_on_behalf_of_config = map.next_value()?;
            }
            "approvalReminderAndEscalationConfig" => {
                self.approval_reminder_and_escalation_config = map.next_value()?;
            }
            "entitlementRequestConfig" => {
                self.entitlement_request_config = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
