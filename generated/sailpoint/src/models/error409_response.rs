//! `Error409Response`, from `apis/data-access-security/responses/409.yaml#/content/application~1json/schema`.

use crate::models::Error409ResponseMessagesInner;

/// `Error409Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Error409Response {
    /// Fine-grained error code providing more detail of the error.
    #[serde(rename = "detailCode", skip_serializing_if = "Option::is_none")]
    pub detail_code: Option<String>,
    /// Unique tracking id for the error.
    #[serde(rename = "trackingId", skip_serializing_if = "Option::is_none")]
    pub tracking_id: Option<String>,
    /// Generic localized reason for error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Error409ResponseMessagesInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Error409Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Error409Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Error409Response {
    const NAME: &'static str = "Error409Response";

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
            "detailCode" => {
                self.detail_code = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "trackingId" => {
                self.tracking_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "messages" => self.messages = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
