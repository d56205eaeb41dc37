//! `TestMfaConfig429Response`, from `v3/paths/mfa-config-test.yaml#/get`.

/// `TestMfaConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestMfaConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl TestMfaConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestMfaConfig429Response {
            message: None,
        }
    }
}
