//! `ApprovalSchemeForRoleApproverType`, from `v3/schemas/access/ApprovalSchemeForRole.yaml`.
crate::string_enum! {
    #[doc =
    " Describes the individual or group that is responsible for an approval step. Values are as follows."]
    #[doc = " "] #[doc = " **OWNER**: Owner of the associated Role"] #[doc = " "] #[doc =
    " **MANAGER**: Manager of the Identity making the request"] #[doc = " "] #[doc =
    " **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field"]
    #[doc = " "] #[doc =
    " **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field. Workflow is exclusive to other types of approvals and License required."]
    #[doc = " "] #[doc =
    " **ALL_OWNERS**: All owners of the Role, including the primary owner and any secondary owners"]
    #[doc = " "] #[doc =
    " **ADDITIONAL_OWNER**: An additional owner of the Role, the ID of which is specified by the **approverId** field"]
    #[doc = " "] #[doc =
    " **ADDITIONAL_GOVERNANCE_GROUP**: An additional Governance Group, the ID of which is specified by the **approverId** field"]
    pub enum ApprovalSchemeForRoleApproverType { #[doc = " `OWNER`"] Owner = "OWNER",
    #[doc = " `MANAGER`"] Manager = "MANAGER", #[doc = " `GOVERNANCE_GROUP`"]
    GovernanceGroup = "GOVERNANCE_GROUP", #[doc = " `WORKFLOW`"] Workflow = "WORKFLOW",
    #[doc = " `ALL_OWNERS`"] AllOwners = "ALL_OWNERS", #[doc = " `ADDITIONAL_OWNER`"]
    AdditionalOwner = "ADDITIONAL_OWNER", #[doc = " `ADDITIONAL_GOVERNANCE_GROUP`"]
    AdditionalGovernanceGroup = "ADDITIONAL_GOVERNANCE_GROUP", }
}
