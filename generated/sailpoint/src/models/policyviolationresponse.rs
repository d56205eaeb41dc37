//! `Policyviolationresponse`, from `apis/sod-violations/schemas/policyviolationresponse.yaml`.

use crate::models::{
    Appliedcontrol, Policyviolationrisklevel, Policyviolationstatus, Referenceresponse,
    SodViolationsAccesscriteria,
};

/// A separation-of-duties policy violation for an identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Policyviolationresponse {
    /// The system-generated unique identifier of the policy violation.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The display name of the policy violation.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The date and time when the policy violation was created.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the policy violation was last modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the policy violation was last evaluated by the policy engine.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "lastEvaluatedDate", skip_serializing_if = "Option::is_none")]
    pub last_evaluated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Referenceresponse>,
    /// List of conflicting criteria. Each conflicting item supports optional description and optional
    /// sourceRef (id, name, type, description); for ENTITLEMENT items, sourceRef may be populated from
    /// the entitlement's source on GET via hydration.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "conflictingCriteria", skip_serializing_if = "Option::is_none")]
    pub conflicting_criteria: Option<Vec<SodViolationsAccesscriteria>>,
    /// List of compensating controls that have been applied to this policy violation.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "appliedControls", skip_serializing_if = "Option::is_none")]
    pub applied_controls: Option<Vec<Appliedcontrol>>,
    /// Expiration on the active applied compensating control row (latest applied_date, tie-break id). Always returned; null when there is no active control or that row has no expiration.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<chrono::DateTime<chrono::Utc>>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Referenceresponse>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<Referenceresponse>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Policyviolationstatus>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Policyviolationrisklevel>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Policyviolationresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        owner: Referenceresponse,
        target: Referenceresponse,
        policy: Referenceresponse,
        status: Policyviolationstatus,
        level: Policyviolationrisklevel,
    ) -> Self {
        Policyviolationresponse {
            id: None,
            name: None,
            created: None,
            modified: None,
            last_evaluated_date: None,
            owner: Some(owner),
            conflicting_criteria: None,
            applied_controls: None,
            expiration: None,
            target: Some(target),
            policy: Some(policy),
            status: Some(status),
            level: Some(level),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Policyviolationresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Policyviolationresponse {
    const NAME: &'static str = "Policyviolationresponse";

    #[inline]
    fn empty() -> Self {
        Policyviolationresponse {
            id: None,
            name: None,
            created: None,
            modified: None,
            last_evaluated_date: None,
            owner: None,
            conflicting_criteria: None,
            applied_controls: None,
            expiration: None,
            target: None,
            policy: None,
            status: None,
            level: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "lastEvaluatedDate" => {
                self.last_evaluated_date = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "owner" => self.owner = map.next_value()?,
            "conflictingCriteria" => self.conflicting_criteria = map.next_value()?,
            "appliedControls" => self.applied_controls = map.next_value()?,
            "expiration" => {
                self.expiration = map.next_value_seed(crate::datetime::Optional)?;
            }
            "target" => self.target = map.next_value()?,
            "policy" => self.policy = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "level" => self.level = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
