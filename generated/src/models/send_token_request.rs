//! `SendTokenRequest`, from `v3/schemas/SendTokenRequest.yaml`.

use crate::models::SendTokenRequestDeliveryType;

/// `SendTokenRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendTokenRequest {
    /// User alias from table spt_identity field named 'name'
    #[serde(rename = "userAlias", default, deserialize_with = "crate::lenient::string")]
    pub user_alias: String,
    /// Token delivery type
    #[serde(rename = "deliveryType")]
    pub delivery_type: SendTokenRequestDeliveryType,
}

impl SendTokenRequest {
    /// Builds the value from its required fields.
    pub fn new(
        user_alias: impl Into<String>,
        delivery_type: SendTokenRequestDeliveryType,
    ) -> Self {
        SendTokenRequest {
            user_alias: user_alias.into(),
            delivery_type,
        }
    }
}
