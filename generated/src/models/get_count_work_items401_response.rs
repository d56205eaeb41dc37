//! `GetCountWorkItems401Response`, from `beta/paths/work-items-count.yaml#/get`.
/// `GetCountWorkItems401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCountWorkItems401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetCountWorkItems401Response {
    /// A `GetCountWorkItems401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetCountWorkItems401Response {
            error: None,
        }
    }
}
