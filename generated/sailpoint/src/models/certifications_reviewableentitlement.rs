//! `CertificationsReviewableentitlement`, from `apis/certifications/schemas/reviewableentitlement.yaml`.

use crate::models::{
    CertificationsDataaccess, CertificationsReviewableentitlementAccount,
    Identityreferencewithnameandemail,
};

/// `CertificationsReviewableentitlement` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CertificationsReviewableentitlement {
    /// The id for the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Information about the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Indicates if the entitlement is a privileged entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Identityreferencewithnameandemail>,
    /// The name of the attribute on the source
    #[serde(rename = "attributeName", skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// The value of the attribute on the source
    #[serde(rename = "attributeValue", skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    /// The schema object type on the source used to represent the entitlement and its attributes
    #[serde(rename = "sourceSchemaObjectType", skip_serializing_if = "Option::is_none")]
    pub source_schema_object_type: Option<String>,
    /// The name of the source for which this entitlement belongs
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The type of the source for which the entitlement belongs
    #[serde(rename = "sourceType", skip_serializing_if = "Option::is_none")]
    pub source_type: Option<String>,
    /// The ID of the source for which the entitlement belongs
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Indicates if the entitlement has permissions
    #[serde(rename = "hasPermissions", skip_serializing_if = "Option::is_none")]
    pub has_permissions: Option<bool>,
    /// Indicates if the entitlement is a representation of an account permission
    #[serde(rename = "isPermission", skip_serializing_if = "Option::is_none")]
    pub is_permission: Option<bool>,
    /// Indicates whether the entitlement can be revoked
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revocable: Option<bool>,
    /// True if the entitlement is cloud governed
    #[serde(rename = "cloudGoverned", skip_serializing_if = "Option::is_none")]
    pub cloud_governed: Option<bool>,
    /// True if the entitlement has DAS data
    #[serde(rename = "containsDataAccess", skip_serializing_if = "Option::is_none")]
    pub contains_data_access: Option<bool>,
    #[serde(rename = "dataAccess", skip_serializing_if = "Option::is_none")]
    pub data_access: Option<CertificationsDataaccess>,
    /// Information about the status of the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<CertificationsReviewableentitlementAccount>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationsReviewableentitlement {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for CertificationsReviewableentitlement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CertificationsReviewableentitlement {
    const NAME: &'static str = "CertificationsReviewableentitlement";

    #[inline]
    fn empty() -> Self {
        Self::default()
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
            "privileged" => {
                self.privileged = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeValue" => {
                self.attribute_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceSchemaObjectType" => {
                self.source_schema_object_type = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceType" => {
                self.source_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "hasPermissions" => {
                self.has_permissions = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "isPermission" => {
                self.is_permission = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "revocable" => {
                self.revocable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "cloudGoverned" => {
                self.cloud_governed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "containsDataAccess" => {
                self.contains_data_access = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "dataAccess" => self.data_access = map.next_value()?,
            "account" => self.account = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
