//! `GetCountWorkItems429Response`, from `beta/paths/work-items-count.yaml#/get`.

/// `GetCountWorkItems429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCountWorkItems429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetCountWorkItems429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCountWorkItems429Response {
            message: None,
        }
    }
}
