//! `Appliedcontrol`, from `apis/sod-violations/schemas/appliedcontrol.yaml`.

use crate::models::{Appliedcontrolstatus, Referenceresponse};

/// A compensating control that has been applied to a policy violation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Appliedcontrol {
    /// The system-generated unique identifier of the applied control record.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The unique identifier of the policy violation the control was applied to.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub violation: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub control: Option<Referenceresponse>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applier: Option<Referenceresponse>,
    /// The date and time when the control was applied to the violation.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "appliedDate", skip_serializing_if = "Option::is_none")]
    pub applied_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the applied control expires.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<chrono::DateTime<chrono::Utc>>,
    /// Optional comments captured when the control was applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Appliedcontrolstatus>,
    /// The identifier of the workflow triggered when the control was applied.
    #[serde(rename = "workflowId", skip_serializing_if = "Option::is_none")]
    pub workflow_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Appliedcontrol {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        violation: impl Into<String>,
        control: Referenceresponse,
        applier: Referenceresponse,
    ) -> Self {
        Appliedcontrol {
            id: id.into(),
            violation: violation.into(),
            control: Some(control),
            applier: Some(applier),
            applied_date: None,
            expiration: None,
            comments: None,
            status: None,
            workflow_id: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Appliedcontrol {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Appliedcontrol {
    const NAME: &'static str = "Appliedcontrol";

    #[inline]
    fn empty() -> Self {
        Appliedcontrol {
            id: Default::default(),
            violation: Default::default(),
            control: None,
            applier: None,
            applied_date: None,
            expiration: None,
            comments: None,
            status: None,
            workflow_id: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "violation" => self.violation = map.next_value_seed(crate::lenient::Text)?,
            "control" => self.control = map.next_value()?,
            "applier" => self.applier = map.next_value()?,
            "appliedDate" => {
                self.applied_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "expiration" => {
                self.expiration = map.next_value_seed(crate::datetime::Optional)?;
            }
            "comments" => {
                self.comments = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value()?,
            "workflowId" => {
                self.workflow_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
