//! `Templatedto`, from `apis/notifications/schemas/templatedto.yaml`.

use crate::models::{TemplatedtoMedium, Templateslack, Templateteams};

/// `Templatedto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Templatedto {
    /// The key of the template
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub key: String,
    /// The name of the Task Manager Subscription
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The message medium. More mediums may be added in the future.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<TemplatedtoMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub locale: String,
    /// The subject line in the template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The header value is now located within the body field. If included with non-null values, will result in a 400.
    ///
    /// **Deprecated** in the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// The body in the template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The footer value is now located within the body field. If included with non-null values, will result in a 400.
    ///
    /// **Deprecated** in the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footer: Option<String>,
    /// The "From:" address in the template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The "Reply To" line in the template
    #[serde(rename = "replyTo", skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// The description in the template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// This is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The time when this template is created. This is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when this template was last modified. This is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "slackTemplate", skip_serializing_if = "Option::is_none")]
    pub slack_template: Option<Templateslack>,
    #[serde(rename = "teamsTemplate", skip_serializing_if = "Option::is_none")]
    pub teams_template: Option<Templateteams>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Templatedto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        key: impl Into<String>,
        medium: TemplatedtoMedium,
        locale: impl Into<String>,
    ) -> Self {
        Templatedto {
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

impl<'de> serde::Deserialize<'de> for Templatedto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Templatedto {
    const NAME: &'static str = "Templatedto";

    #[inline]
    fn empty() -> Self {
        Templatedto {
            key: Default::default(),
            name: None,
            medium: None,
            locale: Default::default(),
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

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "key" => self.key = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "medium" => self.medium = map.next_value()?,
            "locale" => self.locale = map.next_value_seed(crate::lenient::Text)?,
            "subject" => self.subject = map.next_value_seed(crate::lenient::TextOption)?,
            "header" => self.header = map.next_value_seed(crate::lenient::TextOption)?,
            "body" => self.body = map.next_value_seed(crate::lenient::TextOption)?,
            "footer" => self.footer = map.next_value_seed(crate::lenient::TextOption)?,
            "from" => self.from = map.next_value_seed(crate::lenient::TextOption)?,
            "replyTo" => self.reply_to = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "slackTemplate" => self.slack_template = map.next_value()?,
            "teamsTemplate" => self.teams_template = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
