//! `V3EntitlementRequestConfig`, from `v3/schemas/EntitlementRequestConfig.yaml`.

/// `V3EntitlementRequestConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3EntitlementRequestConfig {
    /// If this is true, entitlement requests are allowed.
    #[serde(
        rename = "allowEntitlementRequest",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub allow_entitlement_request: Option<bool>,
    /// If this is true, comments are required to submit entitlement requests.
    #[serde(
        rename = "requestCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub request_comments_required: Option<bool>,
    /// If this is true, comments are required to reject entitlement requests.
    #[serde(
        rename = "deniedCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub denied_comments_required: Option<bool>,
    /// Approval schemes for granting entitlement request. This can be empty if no approval is needed.
    /// Multiple schemes must be comma-separated. The valid schemes are "entitlementOwner", "sourceOwner", "manager" and "`workgroup:{id}`".
    /// You can use multiple governance groups (workgroups).
    #[serde(
        rename = "grantRequestApprovalSchemes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub grant_request_approval_schemes: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3EntitlementRequestConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3EntitlementRequestConfig {
            allow_entitlement_request: None,
            request_comments_required: None,
            denied_comments_required: None,
            grant_request_approval_schemes: None,
            additional_properties: Default::default(),
        }
    }
}
