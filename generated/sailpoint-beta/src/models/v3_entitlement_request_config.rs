//! `V3EntitlementRequestConfig`, from `v3/schemas/EntitlementRequestConfig.yaml`.

/// `V3EntitlementRequestConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct V3EntitlementRequestConfig {
    /// If this is true, entitlement requests are allowed.
    #[serde(rename = "allowEntitlementRequest", skip_serializing_if = "Option::is_none")]
    pub allow_entitlement_request: Option<bool>,
    /// If this is true, comments are required to submit entitlement requests.
    #[serde(rename = "requestCommentsRequired", skip_serializing_if = "Option::is_none")]
    pub request_comments_required: Option<bool>,
    /// If this is true, comments are required to reject entitlement requests.
    #[serde(rename = "deniedCommentsRequired", skip_serializing_if = "Option::is_none")]
    pub denied_comments_required: Option<bool>,
    /// Approval schemes for granting entitlement request. This can be empty if no approval is needed.
    /// Multiple schemes must be comma-separated. The valid schemes are "entitlementOwner", "sourceOwner", "manager" and "`workgroup:{id}`".
    /// You can use multiple governance groups (workgroups).
    #[serde(
        rename = "grantRequestApprovalSchemes",
        skip_serializing_if = "Option::is_none"
    )]
    pub grant_request_approval_schemes: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3EntitlementRequestConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for V3EntitlementRequestConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for V3EntitlementRequestConfig {
    const NAME: &'static str = "V3EntitlementRequestConfig";

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
            "allowEntitlementRequest" => {
                self.allow_entitlement_request = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "requestCommentsRequired" => {
                self.request_comments_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "deniedCommentsRequired" => {
                self.denied_comments_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "grantRequestApprovalSchemes" => {
                self.grant_request_approval_schemes = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
