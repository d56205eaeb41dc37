//! `Createstreamdeliveryrequest`, from `apis/shared-signals-framework-ssf/schemas/createstreamdeliveryrequest.yaml`.

/// Full delivery configuration. method and endpoint_url are required.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Createstreamdeliveryrequest {
    /// Delivery method (only push is supported).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub method: String,
    /// Receiver endpoint URL for push delivery.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub endpoint_url: String,
    /// Authorization header value for delivery requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_header: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Createstreamdeliveryrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(method: impl Into<String>, endpoint_url: impl Into<String>) -> Self {
        Createstreamdeliveryrequest {
            method: method.into(),
            endpoint_url: endpoint_url.into(),
            authorization_header: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Createstreamdeliveryrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Createstreamdeliveryrequest {
    const NAME: &'static str = "Createstreamdeliveryrequest";

    #[inline]
    fn empty() -> Self {
        Createstreamdeliveryrequest {
            method: Default::default(),
            endpoint_url: Default::default(),
            authorization_header: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "method" => self.method = map.next_value_seed(crate::lenient::Text)?,
            "endpoint_url" => {
                self.endpoint_url = map.next_value_seed(crate::lenient::Text)?;
            }
            "authorization_header" => {
                self.authorization_header = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
