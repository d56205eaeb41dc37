//! `TemplateDto`, from `beta/schemas/TemplateDto.yaml`.

use crate::models::{TemplateDtoMedium, TemplateSlack, TemplateTeams};

/// `TemplateDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TemplateDto {
    /// The key of the template
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub key: String,
    /// The name of the Task Manager Subscription
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The message medium. More mediums may be added in the future.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<TemplateDtoMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub locale: String,
    /// The subject line in the template
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
    /// The body in the template
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
    /// The "From:" address in the template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub from: Option<String>,
    /// The "Reply To" line in the template
    #[serde(
        rename = "replyTo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reply_to: Option<String>,
    /// The description in the template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// This is auto-generated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The time when this template is created. This is auto-generated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when this template was last modified. This is auto-generated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "slackTemplate", default, skip_serializing_if = "Option::is_none")]
    pub slack_template: Option<TemplateSlack>,
    #[serde(rename = "teamsTemplate", default, skip_serializing_if = "Option::is_none")]
    pub teams_template: Option<TemplateTeams>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TemplateDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        key: impl Into<String>,
        medium: TemplateDtoMedium,
        locale: impl Into<String>,
    ) -> Self {
        TemplateDto {
            key: key.into(),
            name: None,
            medium: Some(medium),
            locale: locale.into(),
            subject: None,
            header: None,
            body: None,
            footer: None,
            from: None,
            reply_to: None,
            description: None,
            id: None,
            created: None,
            modified: None,
            slack_template: None,
            teams_template: None,
            additional_properties: Default::default(),
        }
    }
}
