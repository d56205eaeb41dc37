//! `TemplateslackCustomFields`, from `apis/notifications/schemas/templateslack.yaml#/properties/customFields`.

/// `TemplateslackCustomFields` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TemplateslackCustomFields {
    /// The type of request
    #[serde(rename = "requestType", skip_serializing_if = "Option::is_none")]
    pub request_type: Option<String>,
    /// Whether the request contains a deny action
    #[serde(rename = "containsDeny", skip_serializing_if = "Option::is_none")]
    pub contains_deny: Option<String>,
    /// The campaign ID
    #[serde(rename = "campaignId", skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<String>,
    /// The campaign status
    #[serde(rename = "campaignStatus", skip_serializing_if = "Option::is_none")]
    pub campaign_status: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TemplateslackCustomFields {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for TemplateslackCustomFields {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TemplateslackCustomFields {
    const NAME: &'static str = "TemplateslackCustomFields";

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
            "requestType" => {
                self.request_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "containsDeny" => {
                self.contains_deny = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "campaignId" => {
                self.campaign_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "campaignStatus" => {
                self.campaign_status = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
