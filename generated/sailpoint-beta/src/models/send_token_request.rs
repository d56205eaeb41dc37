//! `SendTokenRequest`, from `v3/schemas/SendTokenRequest.yaml`.

use crate::models::SendTokenRequestDeliveryType;

/// `SendTokenRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SendTokenRequest {
    /// User alias from table spt_identity field named 'name'
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "userAlias")]
    pub user_alias: String,
    /// Token delivery type
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "deliveryType", skip_serializing_if = "Option::is_none")]
    pub delivery_type: Option<SendTokenRequestDeliveryType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SendTokenRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        user_alias: impl Into<String>,
        delivery_type: SendTokenRequestDeliveryType,
    ) -> Self {
        SendTokenRequest {
            user_alias: user_alias.into(),
            delivery_type: Some(delivery_type),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SendTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SendTokenRequest {
    const NAME: &'static str = "SendTokenRequest";

    #[inline]
    fn empty() -> Self {
        SendTokenRequest {
            user_alias: Default::default(),
            delivery_type: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "userAlias" => self.user_alias = map.next_value_seed(crate::lenient::Text)?,
            "deliveryType" => self.delivery_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
