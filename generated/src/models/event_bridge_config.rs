//! `EventBridgeConfig`, from `beta/schemas/EventBridgeConfig.yaml`.

/// `EventBridgeConfig` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventBridgeConfig {
    /// AWS Account Number (12-digit number) that has the EventBridge Partner Event Source Resource.
    #[serde(rename = "awsAccount", default, deserialize_with = "crate::lenient::string")]
    pub aws_account: String,
    /// AWS Region that has the EventBridge Partner Event Source Resource. See <https://docs.aws.amazon.com/general/latest/gr/rande.html> for a full list of available values.
    #[serde(rename = "awsRegion", default, deserialize_with = "crate::lenient::string")]
    pub aws_region: String,
}

impl EventBridgeConfig {
    /// Builds the value from its required fields.
    pub fn new(aws_account: impl Into<String>, aws_region: impl Into<String>) -> Self {
        EventBridgeConfig {
            aws_account: aws_account.into(),
            aws_region: aws_region.into(),
        }
    }
}
