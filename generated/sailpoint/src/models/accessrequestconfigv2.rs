//! `Accessrequestconfigv2`, from `apis/access-requests/schemas/accessrequestconfigv2.yaml`.

use crate::models::{Entitlementrequestconfigv2, Requestonbehalfofconfigv2};

/// `Accessrequestconfigv2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestconfigv2 {
    /// If this is true, approvals must be processed by an external system. Also, if this is true, it blocks Request Center access requests and returns an error for any user who isn't an org admin.
    #[serde(rename = "approvalsMustBeExternal", skip_serializing_if = "Option::is_none")]
    pub approvals_must_be_external: Option<bool>,
    /// If this is true, reauthorization will be enforced for appropriately configured access items. Enablement of this feature is currently in a limited state.
    #[serde(rename = "reauthorizationEnabled", skip_serializing_if = "Option::is_none")]
    pub reauthorization_enabled: Option<bool>,
    /// Request On Behalf Of configuration.
    #[serde(rename = "requestOnBehalfOfConfig", skip_serializing_if = "Option::is_none")]
    pub request_on_behalf_of_config: Option<Requestonbehalfofconfigv2>,
    /// Entitlement request configuration.
    #[serde(
        rename = "entitlementRequestConfig",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_request_config: Option<Entitlementrequestconfigv2>,
    /// If this is true, requesters and requested-for users will be able to see the names of governance group members when a request is awaiting the group's approval. Up to the first 10 members of the group will be listed.
    #[serde(
        rename = "govGroupVisibilityEnabled",
        skip_serializing_if = "Option::is_none"
    )]
    pub gov_group_visibility_enabled: Option<bool>,
    /// If this is false, machine identity access requests and machine accounts-selection are rejected with 403 (for example, "Machine identity access request is disabled in access request configuration."). Defaults to true. Exposed on access-request-config v2 only.
    #[serde(
        rename = "machineIdentityAccessRequestEnabled",
        skip_serializing_if = "Option::is_none"
    )]
    pub machine_identity_access_request_enabled: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestconfigv2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestconfigv2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestconfigv2 {
    const NAME: &'static str = "Accessrequestconfigv2";

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
            "reauthorizationEnabled" => {
                self.reauthorization_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "requestOnBehalfOfConfig" => {
                self.request_on_behalf_of_config = map.next_value()?;
            }
            "entitlementRequestConfig" => {
                self.entitlement_request_config = map.next_value()?;
            }
            "govGroupVisibilityEnabled" => {
                self.gov_group_visibility_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "machineIdentityAccessRequestEnabled" => {
                self.machine_identity_access_request_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
