//! `Compensatingcontrolresponse`, from `apis/sod-controls/schemas/compensatingcontrolresponse.yaml`.

use crate::models::SodControlsReference;

/// `Compensatingcontrolresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Compensatingcontrolresponse {
    /// The system-generated unique identifier of the compensating control.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The display name of the compensating control.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A human-readable description of the compensating control.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<SodControlsReference>,
    /// References to additional identities or governance groups that share ownership of the compensating control.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "secondaryOwners", skip_serializing_if = "Option::is_none")]
    pub secondary_owners: Option<Vec<SodControlsReference>>,
    /// The type of compensating control that determines how a violation is addressed.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The action performed when the compensating control is applied.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The duration after which the applied control expires, expressed as a duration string.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<String>,
    /// Indicates whether a justification is required when applying this control.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "justificationRequired", skip_serializing_if = "Option::is_none")]
    pub justification_required: Option<bool>,
    /// Opaque workflow definition identifier in the exact form required by the owning service.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "workflowID", skip_serializing_if = "Option::is_none")]
    pub workflow_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Compensatingcontrolresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(owner: SodControlsReference) -> Self {
        Compensatingcontrolresponse {
            id: None,
            name: None,
            description: None,
            owner: Some(owner),
            secondary_owners: None,
            r#type: None,
            action: None,
            expiration: None,
            justification_required: None,
            workflow_id: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Compensatingcontrolresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Compensatingcontrolresponse {
    const NAME: &'static str = "Compensatingcontrolresponse";

    #[inline]
    fn empty() -> Self {
        Compensatingcontrolresponse {
            id: None,
            name: None,
            description: None,
            owner: None,
            secondary_owners: None,
            r#type: None,
            action: None,
            expiration: None,
            justification_required: None,
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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "secondaryOwners" => self.secondary_owners = map.next_value()?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "action" => self.action = map.next_value_seed(crate::lenient::TextOption)?,
            "expiration" => {
                self.expiration = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "justificationRequired" => {
                self.justification_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "workflowID" => {
                self.workflow_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
