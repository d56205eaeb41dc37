//! `Sendtestnotificationrequestdto`, from `apis/notifications/schemas/sendtestnotificationrequestdto.yaml`.

use crate::models::SendtestnotificationrequestdtoMedium;

/// `Sendtestnotificationrequestdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sendtestnotificationrequestdto {
    /// The template notification key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The notification medium. Has to be one of the following enum values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<SendtestnotificationrequestdtoMedium>,
    /// The locale for the message text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// A Json object that denotes the context specific to the template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
    /// A list of override recipient email addresses for the test notification.
    #[serde(rename = "recipientEmailList", skip_serializing_if = "Option::is_none")]
    pub recipient_email_list: Option<Vec<String>>,
    /// A list of CC email addresses for the test notification.
    #[serde(rename = "carbonCopy", skip_serializing_if = "Option::is_none")]
    pub carbon_copy: Option<Vec<String>>,
    /// A list of BCC email addresses for the test notification.
    #[serde(rename = "blindCarbonCopy", skip_serializing_if = "Option::is_none")]
    pub blind_carbon_copy: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sendtestnotificationrequestdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sendtestnotificationrequestdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sendtestnotificationrequestdto {
    const NAME: &'static str = "Sendtestnotificationrequestdto";

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
            "medium" => self.medium = map.next_value()?,
            "locale" => self.locale = map.next_value_seed(crate::lenient::TextOption)?,
            "context" => self.context = map.next_value()?,
            "recipientEmailList" => self.recipient_email_list = map.next_value()?,
            "carbonCopy" => self.carbon_copy = map.next_value()?,
            "blindCarbonCopy" => self.blind_carbon_copy = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
