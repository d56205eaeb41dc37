//! `TenantUiMetadataItemUpdateRequest`, from `beta/schemas/ui-metadata/TenantUiMetadataItemUpdateRequest.yaml`.

/// `TenantUiMetadataItemUpdateRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TenantUiMetadataItemUpdateRequest {
    /// Parameter that organizational administrators can adjust to permit another domain to encapsulate IDN within an iframe. If you would like to reset the value use "null". It will only allow include into iframe non authenticated portions of the product, such as password reset.
    #[serde(
        rename = "iframeWhiteList",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub iframe_white_list: Option<String>,
    /// Descriptor for the username input field. If you would like to reset the value use "null".
    #[serde(
        rename = "usernameLabel",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub username_label: Option<String>,
    /// Placeholder text displayed in the username input field. If you would like to reset the value use "null".
    #[serde(
        rename = "usernameEmptyText",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub username_empty_text: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TenantUiMetadataItemUpdateRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TenantUiMetadataItemUpdateRequest {
            iframe_white_list: None,
            username_label: None,
            username_empty_text: None,
            additional_properties: Default::default(),
        }
    }
}
