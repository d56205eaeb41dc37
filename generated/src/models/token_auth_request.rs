//! `TokenAuthRequest`, from `v3/schemas/TokenAuthRequest.yaml`.

use crate::models::TokenAuthRequestDeliveryType;

/// `TokenAuthRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenAuthRequest {
    /// Token value
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub token: String,
    /// User alias from table spt_identity field named 'name'
    #[serde(rename = "userAlias", default, deserialize_with = "crate::lenient::string")]
    pub user_alias: String,
    /// Token delivery type
    #[serde(rename = "deliveryType")]
    pub delivery_type: TokenAuthRequestDeliveryType,
}

impl TokenAuthRequest {
    /// Builds the value from its required fields.
    pub fn new(
        token: impl Into<String>,
        user_alias: impl Into<String>,
        delivery_type: TokenAuthRequestDeliveryType,
    ) -> Self {
        TokenAuthRequest {
            token: token.into(),
            user_alias: user_alias.into(),
            delivery_type,
        }
    }
}
