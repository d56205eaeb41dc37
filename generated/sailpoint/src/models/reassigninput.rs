//! `Reassigninput`, from `apis/sod-violations/schemas/reassigninput.yaml`.

use crate::models::ReassigninputAssigneeType;

/// The identity or governance group to which a policy violation is reassigned.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Reassigninput {
    /// The unique identifier of the identity or governance group receiving the violation.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "assigneeId")]
    pub assignee_id: String,
    /// The type of assignee receiving the violation.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "assigneeType", skip_serializing_if = "Option::is_none")]
    pub assignee_type: Option<ReassigninputAssigneeType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reassigninput {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        assignee_id: impl Into<String>,
        assignee_type: ReassigninputAssigneeType,
    ) -> Self {
        Reassigninput {
            assignee_id: assignee_id.into(),
            assignee_type: Some(assignee_type),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Reassigninput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Reassigninput {
    const NAME: &'static str = "Reassigninput";

    #[inline]
    fn empty() -> Self {
        Reassigninput {
            assignee_id: Default::default(),
            assignee_type: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "assigneeId" => self.assignee_id = map.next_value_seed(crate::lenient::Text)?,
            "assigneeType" => self.assignee_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
