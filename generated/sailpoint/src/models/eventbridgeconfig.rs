//! `Eventbridgeconfig`, from `apis/triggers/schemas/eventbridgeconfig.yaml`.

/// `Eventbridgeconfig` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Eventbridgeconfig {
    /// AWS Account Number (12-digit number) that has the EventBridge Partner Event Source Resource.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "awsAccount")]
    pub aws_account: String,
    /// AWS Region that has the EventBridge Partner Event Source Resource. See <https://docs.aws.amazon.com/general/latest/gr/rande.html> for a full list of available values.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "awsRegion")]
    pub aws_region: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Eventbridgeconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(aws_account: impl Into<String>, aws_region: impl Into<String>) -> Self {
        Eventbridgeconfig {
            aws_account: aws_account.into(),
            aws_region: aws_region.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Eventbridgeconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Eventbridgeconfig {
    const NAME: &'static str = "Eventbridgeconfig";

    #[inline]
    fn empty() -> Self {
        Eventbridgeconfig {
            aws_account: Default::default(),
            aws_region: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "awsAccount" => self.aws_account = map.next_value_seed(crate::lenient::Text)?,
            "awsRegion" => self.aws_region = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
