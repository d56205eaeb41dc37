//! `TemplateDtoDefault`, from `beta/schemas/TemplateDtoDefault.yaml`.

use crate::models::{TemplateDtoDefaultMedium, TemplateSlack, TemplateTeams};

/// `TemplateDtoDefault` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TemplateDtoDefault {
    /// The key of the default template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// The name of the default template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The message medium. More mediums may be added in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<TemplateDtoDefaultMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub locale: Option<String>,
    /// The subject of the default template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub subject: Option<String>,
    /// The header value is now located within the body field. If included with non-null values, will result in a 400.
    ///
    /// **Deprecated** in the spec.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub header: Option<String>,
    /// The body of the default template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub body: Option<String>,
    /// The footer value is now located within the body field. If included with non-null values, will result in a 400.
    ///
    /// **Deprecated** in the spec.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub footer: Option<String>,
    /// The "From:" address of the default template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub from: Option<String>,
    /// The "Reply To" field of the default template
    #[serde(
        rename = "replyTo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reply_to: Option<String>,
    /// The description of the default template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(rename = "slackTemplate", default, skip_serializing_if = "Option::is_none")]
    pub slack_template: Option<TemplateSlack>,
    #[serde(rename = "teamsTemplate", default, skip_serializing_if = "Option::is_none")]
    pub teams_template: Option<TemplateTeams>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TemplateDtoDefault {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TemplateDtoDefault {
            key: None,
            name: None,
            medium: None,
            locale: None,
            subject: None,
            header: None,
            body: None,
            footer: None,
            from: None,
            reply_to: None,
            description: None,
            slack_template: None,
            teams_template: None,
            additional_properties: Default::default(),
        }
    }
}
