//! `Deliveryrequest`, from `apis/shared-signals-framework-ssf/schemas/deliveryrequest.yaml`.

/// Delivery configuration for PATCH /ssf/streams (partial update). All fields are optional; only provided fields are updated.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Deliveryrequest {
    /// Delivery method (optional for PATCH).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Receiver endpoint URL (optional for PATCH).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint_url: Option<String>,
    /// Optional authorization header value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_header: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Deliveryrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Deliveryrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Deliveryrequest {
    const NAME: &'static str = "Deliveryrequest";

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
            "method" => self.method = map.next_value_seed(crate::lenient::TextOption)?,
            "endpoint_url" => {
                self.endpoint_url = map.next_value_seed(crate::lenient::TextOption)?;
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
