//! `TemplateSlackAutoApprovalData`, from `beta/schemas/TemplateSlack.yaml#/properties/autoApprovalData`.

/// `TemplateSlackAutoApprovalData` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TemplateSlackAutoApprovalData {
    /// Whether the request was auto-approved
    #[serde(
        rename = "isAutoApproved",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub is_auto_approved: Option<String>,
    /// The item ID
    #[serde(
        rename = "itemId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub item_id: Option<String>,
    /// The item type
    #[serde(
        rename = "itemType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub item_type: Option<String>,
    /// JSON message for auto-approval
    #[serde(
        rename = "autoApprovalMessageJSON",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub auto_approval_message_json: Option<String>,
    /// Title for auto-approval
    #[serde(
        rename = "autoApprovalTitle",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub auto_approval_title: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TemplateSlackAutoApprovalData {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TemplateSlackAutoApprovalData {
            is_auto_approved: None,
            item_id: None,
            item_type: None,
            auto_approval_message_json: None,
            auto_approval_title: None,
            additional_properties: Default::default(),
        }
    }
}
