//! `Summaryresponse`, from `apis/api-usage/schemas/summaryresponse.yaml`.

/// `Summaryresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Summaryresponse {
    /// The endpoint of a SailPoint API
    #[serde(rename = "RequestedUri", skip_serializing_if = "Option::is_none")]
    pub requested_uri: Option<String>,
    /// Number of calls made to a specific SailPoint API
    #[serde(rename = "NumberOfCalls", skip_serializing_if = "Option::is_none")]
    pub number_of_calls: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Summaryresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Summaryresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Summaryresponse {
    const NAME: &'static str = "Summaryresponse";

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
            "RequestedUri" => {
                self.requested_uri = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "NumberOfCalls" => self.number_of_calls = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
