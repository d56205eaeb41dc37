//! `Templatedtodefault`, from `apis/notifications/schemas/templatedtodefault.yaml`.

use crate::models::{TemplatedtodefaultMedium, Templateslack, Templateteams};

/// `Templatedtodefault` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Templatedtodefault {
    /// The key of the default template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The name of the default template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The message medium. More mediums may be added in the future.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<TemplatedtodefaultMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The subject of the default template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The header value is now located within the body field. If included with non-null values, will result in a 400.
    ///
    /// **Deprecated** in the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// The body of the default template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The footer value is now located within the body field. If included with non-null values, will result in a 400.
    ///
    /// **Deprecated** in the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footer: Option<String>,
    /// The "From:" address of the default template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The "Reply To" field of the default template
    #[serde(rename = "replyTo", skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// The description of the default template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "slackTemplate", skip_serializing_if = "Option::is_none")]
    pub slack_template: Option<Templateslack>,
    #[serde(rename = "teamsTemplate", skip_serializing_if = "Option::is_none")]
    pub teams_template: Option<Templateteams>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Templatedtodefault {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Templatedtodefault {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Templatedtodefault {
    const NAME: &'static str = "Templatedtodefault";

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
            "key" => self.key = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "medium" => self.medium = map.next_value()?,
            "locale" => self.locale = map.next_value_seed(crate::lenient::TextOption)?,
            "subject" => self.subject = map.next_value_seed(crate::lenient::TextOption)?,
            "header" => self.header = map.next_value_seed(crate::lenient::TextOption)?,
            "body" => self.body = map.next_value_seed(crate::lenient::TextOption)?,
            "footer" => self.footer = map.next_value_seed(crate::lenient::TextOption)?,
            "from" => self.from = map.next_value_seed(crate::lenient::TextOption)?,
            "replyTo" => self.reply_to = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "slackTemplate" => self.slack_template = map.next_value()?,
            "teamsTemplate" => self.teams_template = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
