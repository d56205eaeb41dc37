//! `Rolemetadatabulkupdatebyidrequest`, from `apis/roles/schemas/rolemetadatabulkupdatebyidrequest.yaml`.

use crate::models::{
    RolemetadatabulkupdatebyidrequestOperation,
    RolemetadatabulkupdatebyidrequestReplaceScope,
    RolemetadatabulkupdatebyidrequestValuesInner,
};

/// This API initialize a Bulk update by Id request of Role metadata. The maximum role count in a single update request is 3000. The maximum meta data values that one single role assigned can not exceed 25. Custom metadata need suit licensed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Rolemetadatabulkupdatebyidrequest {
    /// Roles' Id to be updated
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub roles: Vec<String>,
    /// The operation to be performed
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<RolemetadatabulkupdatebyidrequestOperation>,
    /// The choice of update scope.
    #[serde(rename = "replaceScope", skip_serializing_if = "Option::is_none")]
    pub replace_scope: Option<RolemetadatabulkupdatebyidrequestReplaceScope>,
    /// The metadata to be updated, including attribute key and value.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub values: Vec<RolemetadatabulkupdatebyidrequestValuesInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Rolemetadatabulkupdatebyidrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        roles: Vec<String>,
        operation: RolemetadatabulkupdatebyidrequestOperation,
        values: Vec<RolemetadatabulkupdatebyidrequestValuesInner>,
    ) -> Self {
        Rolemetadatabulkupdatebyidrequest {
            roles,
            operation: Some(operation),
            replace_scope: None,
            values,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Rolemetadatabulkupdatebyidrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Rolemetadatabulkupdatebyidrequest {
    const NAME: &'static str = "Rolemetadatabulkupdatebyidrequest";

    #[inline]
    fn empty() -> Self {
        Rolemetadatabulkupdatebyidrequest {
            roles: Default::default(),
            operation: None,
            replace_scope: None,
            values: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "roles" => {
                self.roles = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "operation" => self.operation = map.next_value()?,
            "replaceScope" => self.replace_scope = map.next_value()?,
            "values" => {
                self.values = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
