//! `CustomPasswordInstruction`, from `beta/schemas/CustomPasswordInstruction.yaml`.

use crate::models::CustomPasswordInstructionPageId;

/// `CustomPasswordInstruction` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CustomPasswordInstruction {
    /// The page ID that represents the page for forget user name, reset password and unlock account flow.
    #[serde(rename = "pageId", default, skip_serializing_if = "Option::is_none")]
    pub page_id: Option<CustomPasswordInstructionPageId>,
    /// The custom instructions for the specified page. Allow basic HTML format and maximum length is 1000 characters. The custom instructions will be sanitized to avoid attacks.
    /// If the customization text includes a link, like `<A HREF=\"URL\">...</A>` clicking on this will open the link on the current browser page.
    /// If you want your link to be redirected to a different page, please redirect it to "_blank" like this: `<a href=\"URL" target=\"_blank\" >link</a>`. This will open a new tab when the link is clicked. Notice we're only supporting _blank as the redirection target.
    #[serde(
        rename = "pageContent",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub page_content: Option<String>,
    /// The locale for the custom instructions, a BCP47 language tag. The default value is \"default\".
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub locale: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomPasswordInstruction {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CustomPasswordInstruction {
            page_id: None,
            page_content: None,
            locale: None,
            additional_properties: Default::default(),
        }
    }
}
