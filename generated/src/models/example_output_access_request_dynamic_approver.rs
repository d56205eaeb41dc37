//! `ExampleOutputAccessRequestDynamicApprover`, from `beta/schemas/trigger/example-output/AccessRequestDynamicApprover.yaml`.

use crate::models::ExampleOutputAccessRequestDynamicApproverType;

/// `ExampleOutputAccessRequestDynamicApprover` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExampleOutputAccessRequestDynamicApprover {
    /// The unique ID of the identity to add to the approver list for the access request.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The name of the identity to add to the approver list for the access request.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// The type of object being referenced.
    pub r#type: ExampleOutputAccessRequestDynamicApproverType,
}

impl ExampleOutputAccessRequestDynamicApprover {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: ExampleOutputAccessRequestDynamicApproverType,
    ) -> Self {
        ExampleOutputAccessRequestDynamicApprover {
            id: id.into(),
            name: name.into(),
            r#type,
        }
    }
}
