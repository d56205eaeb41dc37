//! `ApisError409Response2`, from `apis/suggested-entitlement-description/responses/409.yaml#/content/application~1json/schema`.

/// `ApisError409Response2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApisError409Response2 {
    /// A message describing the error
    #[serde(rename = "errorName", skip_serializing_if = "Option::is_none")]
    pub error_name: Option<serde_json::Value>,
    /// Description of the error
    #[serde(rename = "errorMessage", skip_serializing_if = "Option::is_none")]
    pub error_message: Option<serde_json::Value>,
    /// Unique tracking id for the error.
    #[serde(rename = "trackingId", skip_serializing_if = "Option::is_none")]
    pub tracking_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ApisError409Response2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ApisError409Response2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ApisError409Response2 {
    const NAME: &'static str = "ApisError409Response2";

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
            "errorName" => self.error_name = map.next_value()?,
            "errorMessage" => self.error_message = map.next_value()?,
            "trackingId" => {
                self.tracking_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
