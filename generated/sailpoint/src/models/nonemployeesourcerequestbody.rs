//! `Nonemployeesourcerequestbody`, from `apis/non-employee-lifecycle-management/schemas/nonemployeesourcerequestbody.yaml`.

use crate::models::Nonemployeeidnuserrequest;

/// `Nonemployeesourcerequestbody` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeesourcerequestbody {
    /// Name of non-employee source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Description of non-employee source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Owner of non-employee source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Nonemployeeidnuserrequest>,
    /// The ID for the management workgroup that contains source sub-admins
    #[serde(rename = "managementWorkgroup", skip_serializing_if = "Option::is_none")]
    pub management_workgroup: Option<String>,
    /// List of approvers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approvers: Option<Vec<Nonemployeeidnuserrequest>>,
    /// List of account managers.
    #[serde(rename = "accountManagers", skip_serializing_if = "Option::is_none")]
    pub account_managers: Option<Vec<Nonemployeeidnuserrequest>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeesourcerequestbody {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: Nonemployeeidnuserrequest,
    ) -> Self {
        Nonemployeesourcerequestbody {
            name: name.into(),
            description: description.into(),
            owner: Some(owner),
            management_workgroup: None,
            approvers: None,
            account_managers: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeesourcerequestbody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeesourcerequestbody {
    const NAME: &'static str = "Nonemployeesourcerequestbody";

    #[inline]
    fn empty() -> Self {
        Nonemployeesourcerequestbody {
            name: Default::default(),
            description: Default::default(),
            owner: None,
            management_workgroup: None,
            approvers: None,
            account_managers: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "owner" => self.owner = map.next_value()?,
            "managementWorkgroup" => {
                self.management_workgroup = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "approvers" => self.approvers = map.next_value()?,
            "accountManagers" => self.account_managers = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
