//! `Preferencesdto`, from `apis/notifications/schemas/preferencesdto.yaml`.

use crate::models::{Ccbccpreferenceentry, Medium};

/// Tenant notification preferences for a notification key, including preferred mediums and optional CC/BCC email recipients.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Preferencesdto {
    /// The template notification key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// List of preferred notification mediums, i.e., the mediums (or method) for which notifications are enabled. An empty list means the notification is disabled for the tenant. More mediums may be added in the future.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mediums: Option<Vec<Medium>>,
    /// Modified date of preference.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Optional CC recipients for email notifications for this key. Requires EMAIL to be included in `mediums`. Maximum of five entries. The same recipient cannot appear in both `ccList` and `bccList`.
    #[serde(rename = "ccList", skip_serializing_if = "Option::is_none")]
    pub cc_list: Option<Vec<Ccbccpreferenceentry>>,
    /// Optional BCC recipients for email notifications for this key. Requires EMAIL to be included in `mediums`. Maximum of five entries. The same recipient cannot appear in both `ccList` and `bccList`.
    #[serde(rename = "bccList", skip_serializing_if = "Option::is_none")]
    pub bcc_list: Option<Vec<Ccbccpreferenceentry>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Preferencesdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Preferencesdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Preferencesdto {
    const NAME: &'static str = "Preferencesdto";

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
            "mediums" => self.mediums = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "ccList" => self.cc_list = map.next_value()?,
            "bccList" => self.bcc_list = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
