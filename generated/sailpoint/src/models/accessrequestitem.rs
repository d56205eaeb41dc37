//! `Accessrequestitem`, from `apis/access-requests/schemas/accessrequestitem.yaml`.

use crate::models::AccessrequestitemType;

/// `Accessrequestitem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestitem {
    /// The type of the item being requested.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessrequestitemType>,
    /// ID of Role, Access Profile or Entitlement being requested.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Comment provided by requester.
    /// * Comment is required when the request is of type Revoke Access.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on associated APIs such as /account-activities and /access-request-status.
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The date and time the role or access profile or entitlement is/will be provisioned to the specified identity. Also known as the sunrise date.
    /// * Specify a date-time in the future.
    /// * This date-time can be used to indicate date-time when access item will be provisioned on the identity account. A GRANT_ACCESS request can use startDate to specify when to schedule provisioning of access item for an identity/account & a MODIFY_ACCESS request can use startDate to change the provisioning date-time of already assigned access item. But REVOKE_ACCESS request can not have startDate field. You can change the sunrise date in requests for yourself or others you are authorized to request for.
    /// * If the startDate is in the past, then the provisioning will be processed as soon as possible, but no guarantees can be made about when the provisioning will occur. If the startDate is in the future, then the provisioning will be scheduled to occur on that date and time. If no startDate is provided, then the provisioning will be processed as soon as possible.
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time the role or access profile or entitlement is no longer assigned to the specified identity. Also known as the expiration date.
    /// * Specify a date-time in the future.
    /// * The current SLA for the deprovisioning is 24 hours.
    /// * This date-time can be used to change the duration of an existing access item assignment for the specified identity. A GRANT_ACCESS request can extend duration or even remove an expiration date, and either a  GRANT_ACCESS or REVOKE_ACCESS request can reduce duration or add an expiration date where one has not previously been present. You can change the expiration date in requests for yourself or others you are authorized to request for.
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The assignmentId for a specific role assignment on the identity. This id is used to revoke that specific roleAssignment on that identity.
    /// * For use with REVOKE_ACCESS requests for roles for identities with multiple accounts on a single source.
    #[serde(rename = "assignmentId", skip_serializing_if = "Option::is_none")]
    pub assignment_id: Option<String>,
    /// The unique identifier for an account on the identity, designated as the account ID attribute in the source's account schema. This is used to revoke a specific attributeAssignment on the identity.
    /// * For use with REVOKE_ACCESS requests for entitlements for identities with multiple accounts on a single source.
    #[serde(rename = "nativeIdentity", skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// Optional ID of a completed form instance for this line item. For human GRANT_ACCESS requests, include when the requested role, access profile, or entitlement has an associated `formDefinitionId` in its request configuration. An empty `formInstanceId` on a GRANT_ACCESS item is rejected with HTTP 400. Not used for REVOKE_ACCESS.
    #[serde(rename = "formInstanceId", skip_serializing_if = "Option::is_none")]
    pub form_instance_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: AccessrequestitemType, id: impl Into<String>) -> Self {
        Accessrequestitem {
            r#type: Some(r#type),
            id: id.into(),
            comment: None,
            client_metadata: None,
            start_date: None,
            remove_date: None,
            assignment_id: None,
            native_identity: None,
            form_instance_id: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestitem {
    const NAME: &'static str = "Accessrequestitem";

    #[inline]
    fn empty() -> Self {
        Accessrequestitem {
            r#type: None,
            id: Default::default(),
            comment: None,
            client_metadata: None,
            start_date: None,
            remove_date: None,
            assignment_id: None,
            native_identity: None,
            form_instance_id: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "clientMetadata" => self.client_metadata = map.next_value()?,
            "startDate" => {
                self.start_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "assignmentId" => {
                self.assignment_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "formInstanceId" => {
                self.form_instance_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
