//! `SendTokenRequest`, from `v3/schemas/SendTokenRequest.yaml`.

use crate::models::SendTokenRequestDeliveryType;

/// `SendTokenRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SendTokenRequest {
    /// User alias from table spt_identity field named 'name'
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "userAlias", default, deserialize_with = "crate::lenient::string")]
    pub user_alias: String,
    /// Token delivery type
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "deliveryType", default, skip_serializing_if = "Option::is_none")]
    pub delivery_type: Option<SendTokenRequestDeliveryType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SendTokenRequest {
    /// Builds the value from its required fields; the optional ones start empty.
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
