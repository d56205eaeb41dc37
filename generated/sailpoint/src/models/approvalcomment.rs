//! `Approvalcomment`, from `apis/configuration-hub/schemas/approvalcomment.yaml`.

use crate::models::ApprovalcommentChangedToStatus;

/// `Approvalcomment` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalcomment {
    /// Comment provided either by the approval requester or the approver.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// The time when this comment was provided.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Name of the user that provided this comment.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub user: String,
    /// Id of the user that provided this comment.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Status transition of the draft.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "changedToStatus", skip_serializing_if = "Option::is_none")]
    pub changed_to_status: Option<ApprovalcommentChangedToStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalcomment {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        comment: impl Into<String>,
        timestamp: chrono::DateTime<chrono::Utc>,
        user: impl Into<String>,
        id: impl Into<String>,
        changed_to_status: ApprovalcommentChangedToStatus,
    ) -> Self {
        Approvalcomment {
            comment: comment.into(),
            timestamp: Some(timestamp),
            user: user.into(),
            id: id.into(),
            changed_to_status: Some(changed_to_status),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Approvalcomment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalcomment {
    const NAME: &'static str = "Approvalcomment";

    #[inline]
    fn empty() -> Self {
        Approvalcomment {
            comment: Default::default(),
            timestamp: None,
            user: Default::default(),
            id: Default::default(),
            changed_to_status: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "comment" => self.comment = map.next_value_seed(crate::lenient::Text)?,
            "timestamp" => {
                self.timestamp = map.next_value_seed(crate::datetime::Optional)?;
            }
            "user" => self.user = map.next_value_seed(crate::lenient::Text)?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "changedToStatus" => self.changed_to_status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
